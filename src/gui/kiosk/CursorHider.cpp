#include "CursorHider.h"

#include <QCursor>
#include <QEvent>
#include <QGuiApplication>

namespace callboard {

CursorHider::CursorHider(Clock *clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    qApp->installEventFilter(this);
    arm();
}

CursorHider::~CursorHider()
{
    if (m_timer)
        m_clock->cancel(m_timer);
    show();
}

bool CursorHider::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseMove || event->type() == QEvent::HoverMove) {
        show();
        arm();
    }
    return QObject::eventFilter(watched, event);
}

void CursorHider::arm()
{
    m_clock->rearm(&m_timer, kHideAfterMs, this, [this] { hide(); });
}

void CursorHider::hide()
{
    if (m_hidden)
        return;
    m_hidden = true;
    QGuiApplication::setOverrideCursor(QCursor(Qt::BlankCursor));
}

void CursorHider::show()
{
    if (!m_hidden)
        return;
    m_hidden = false;
    QGuiApplication::restoreOverrideCursor();
}

} // namespace callboard
