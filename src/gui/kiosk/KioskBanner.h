// KioskBanner: a loud message on a wall board, plain text only (details carry server
// messages). As a strip: one line across the board (an outage, a firing alert) with a smaller
// line of detail. Full screen: covers the board with one message readable across the room (the
// key was rejected, no key is set) — never a dialog that waits for a click nobody will make;
// with no text it is a black screen (the board blanked outside its hours).
#pragma once

#include <QFrame>

class QLabel;

namespace callboard {

class KioskBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskBanner)
public:
    enum class Style { Strip, FullScreen };

    explicit KioskBanner(Style style, QWidget *parent = nullptr);

    void setText(const QString &headline, const QString &detail);
    void setColors(const QColor &background, const QColor &text);
    void setPixelSizes(int headlinePx, int detailPx);
    QString headline() const;
    QString detail() const;

private:
    Style m_style;
    QLabel *m_headline;
    QLabel *m_detail;
};

} // namespace callboard
