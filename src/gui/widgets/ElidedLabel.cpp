#include "ElidedLabel.h"

#include "PlainToolTip.h"

#include <QEvent>
#include <QFontMetrics>
#include <QMouseEvent>

namespace callboard {

ElidedLabel::ElidedLabel(const QString &text, QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setFullText(text);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setAccessibleName(text);
    elide();
    updateGeometry();
}

void ElidedLabel::setShortText(const QString &text)
{
    m_shortText = text;
    elide();
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode)
{
    m_mode = mode;
    elide();
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics fm(font());
    const QMargins m = contentsMargins();
    const QStringList lines = m_fullText.split(QLatin1Char('\n'));
    int widest = 0;
    for (const QString &line : lines)
        widest = qMax(widest, fm.horizontalAdvance(line));
    const int height = fm.height() + int(lines.size() - 1) * fm.lineSpacing();
    return {widest + m.left() + m.right() + 2 * margin(),
            height + m.top() + m.bottom() + 2 * margin()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    // A few letters and the ellipsis; the layout decides how much more it gets.
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(QStringLiteral("Mm…")), sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::mouseReleaseEvent(QMouseEvent *event)
{
    QLabel::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

void ElidedLabel::elide()
{
    const QFontMetrics fm(font());
    const int width = contentsRect().width();
    const bool shortFits = !m_shortText.isEmpty() && fm.horizontalAdvance(m_shortText) <= width;
    // Each line gives way on its own ("Eve" stays whole above an elided id).
    QStringList lines = m_fullText.split(QLatin1Char('\n'));
    bool fits = true;
    for (QString &line : lines) {
        if (fm.horizontalAdvance(line) > width) {
            fits = false;
            line = fm.elidedText(line, m_mode, width);
        }
    }
    const QString shown = fits        ? m_fullText
                          : shortFits ? m_shortText
                                      : lines.join(QLatin1Char('\n'));
    if (shown != text())
        setText(shown);
    setToolTip(shown == m_fullText ? QString() : plainToolTip(m_fullText));
}

} // namespace callboard
