// FullScreenMessage: covers a kiosk board with one message readable across the room (the key
// was rejected, no key is set) — never a dialog that waits for a click nobody will make.
// With no text it is a black screen (the board blanked outside its hours).
#pragma once

#include <QWidget>

class QLabel;

namespace callboard {

class FullScreenMessage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FullScreenMessage)
public:
    explicit FullScreenMessage(QWidget *parent = nullptr);

    void setMessage(const QString &headline, const QString &body);
    void setColors(const QColor &background, const QColor &text);
    void setPixelSizes(int headlinePx, int bodyPx);
    QString headline() const;
    QString body() const;

private:
    QLabel *m_headline;
    QLabel *m_body;
};

} // namespace callboard
