// KpiTile: one figure of the KPI strip — a large bold value over a small caption, readable
// from across a room. Colours come from the strip (the theme, or the freshness level).
#pragma once

#include <QFrame>

class QLabel;

namespace callboard {

class KpiTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)
public:
    enum class Size { Large, Compact }; // Compact: several lines of normal-sized text

    KpiTile(const QString &caption, Size size, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setCaption(const QString &caption);
    QString value() const;
    QString caption() const;
    void setColors(const QColor &background, const QColor &value, const QColor &caption);
    // Fixed pixel sizes for a wall display (the figure in bold), padding to match.
    void setFontPixelSizes(int valuePx, int captionPx);
    int valuePixelSize() const;

private:
    void updateAccessibleName();

    QLabel *m_value;
    QLabel *m_caption;
};

} // namespace callboard
