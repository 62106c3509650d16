#include "PulseOverlay.h"

#include <QPainter>
#include <QVariantAnimation>

namespace callboard {

PulseOverlay::PulseOverlay(QWidget *parent) : QWidget(parent), m_animation(new QVariantAnimation(this))
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    m_animation->setDuration(1400);
    m_animation->setLoopCount(3);
    m_animation->setKeyValueAt(0, 0);
    m_animation->setKeyValueAt(0.5, 150);
    m_animation->setKeyValueAt(1, 0);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_alpha = v.toInt();
        update();
    });
    connect(m_animation, &QVariantAnimation::finished, this, &QWidget::hide);
    hide();
}

void PulseOverlay::pulse(const QColor &color)
{
    m_color = color;
    m_animation->stop();
    show();
    raise();
    m_animation->start();
}

bool PulseOverlay::isPulsing() const { return m_animation->state() == QAbstractAnimation::Running; }

void PulseOverlay::paintEvent(QPaintEvent *)
{
    QColor c = m_color;
    c.setAlpha(m_alpha);
    QPainter(this).fillRect(rect(), c);
}

} // namespace callboard
