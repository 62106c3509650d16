#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace callboard::WindowPlacement {

QRect firstGeometry(const QSize &preferred, const QRect &available)
{
    const QSize size(qMin(preferred.width(), available.width() * 95 / 100),
                     qMin(preferred.height(), available.height() * 95 / 100));
    QRect r(QPoint(0, 0), size);
    r.moveCenter(available.center());
    return r;
}

bool fitsAScreen(const QRect &frame, const QList<QRect> &availableScreens)
{
    const qint64 area = qint64(frame.width()) * frame.height();
    if (area <= 0)
        return false;
    for (const QRect &screen : availableScreens) {
        const QRect on = screen.intersected(frame);
        if (screen.contains(frame.center()) && qint64(on.width()) * on.height() * 4 >= area * 3)
            return true;
    }
    return false;
}

bool place(QWidget *window, const QByteArray &remembered, const QSize &preferred)
{
    QList<QRect> screens;
    for (const QScreen *s : QGuiApplication::screens())
        screens << s->availableGeometry();
    if (!remembered.isEmpty() && window->restoreGeometry(remembered)
        && fitsAScreen(window->frameGeometry(), screens))
        return true;
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return false;
    window->setGeometry(firstGeometry(preferred, screen->availableGeometry()));
    return false;
}

} // namespace callboard::WindowPlacement
