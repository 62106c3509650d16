#include "ProportionBar.h"

#include <QPainter>
#include <QPainterPath>

namespace callboard {

ProportionBar::ProportionBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ProportionBar::setSegments(const std::vector<Segment> &segments)
{
    m_segments = segments;
    update();
}

void ProportionBar::setTrack(const QColor &track, double total)
{
    m_track = track;
    m_total = total;
    update();
}

void ProportionBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath clip;
    clip.addRoundedRect(r, 3, 3);
    p.setClipPath(clip);
    if (m_track.isValid())
        p.fillRect(r, m_track);
    double sum = 0;
    for (const Segment &s : m_segments)
        sum += s.weight;
    const double total = m_total > 0 ? m_total : sum;
    if (total <= 0)
        return;
    double x = r.left();
    for (const Segment &s : m_segments) {
        const double w = r.width() * s.weight / total;
        p.fillRect(QRectF(x, r.top(), w, r.height()), s.color);
        x += w;
        // A hairline between segments, so neighbouring shades stay apart.
        if (m_track.isValid() && x < r.right() - 1)
            p.fillRect(QRectF(x - 0.5, r.top(), 1, r.height()), m_track);
    }
}

} // namespace callboard
