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
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = m_clock->callAfter(kHideAfterMs, this, [this] {
        m_timer = 0;
        hide();
    });
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
