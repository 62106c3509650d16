// KioskBanner: one loud line across a wall board (an outage, a firing alert), with a smaller
// line of detail under it. Plain text only: details carry server messages.
#pragma once

#include <QFrame>

class QLabel;

namespace callboard {

class KioskBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskBanner)
public:
    explicit KioskBanner(QWidget *parent = nullptr);

    void setText(const QString &headline, const QString &detail);
    void setColors(const QColor &background, const QColor &text);
    void setPixelSizes(int headlinePx, int detailPx);
    QString headline() const;
    QString detail() const;

private:
    QLabel *m_headline;
    QLabel *m_detail;
};

} // namespace callboard
