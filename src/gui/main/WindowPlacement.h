// WindowPlacement: where the desktop window opens. The first time, at its preferred size
// shrunk to the screen's available area (a 1366×768 laptop gets a window that fits, taskbar
// included) and centred; afterwards where the user left it, but only when that place still
// lies on a connected screen (a monitor unplugged since must not leave the window off-screen).
#pragma once

#include <QByteArray>
#include <QList>
#include <QRect>

class QWidget;

namespace callboard::WindowPlacement {

// The preferred size, at most 95 % of the available area in each direction, centred in it.
QRect firstGeometry(const QSize &preferred, const QRect &available);
// True when most of the frame (its centre and at least 3/4 of its area) lies on one screen.
bool fitsAScreen(const QRect &frame, const QList<QRect> &availableScreens);
// Restores `remembered` (QWidget::saveGeometry()) when it fits a connected screen, else gives
// the window its first geometry on its screen. Returns whether the remembered one was used.
bool place(QWidget *window, const QByteArray &remembered, const QSize &preferred);

} // namespace callboard::WindowPlacement
