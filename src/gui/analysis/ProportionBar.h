// ProportionBar: a thin horizontal bar split into coloured segments by share — the "true"
// share of a yes/no field, or the values of an enum-like field stacked side by side.
#pragma once

#include <QColor>
#include <QWidget>

#include <vector>

namespace callboard {

class ProportionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProportionBar)
public:
    struct Segment
    {
        double weight = 0;
        QColor color;
    };

    explicit ProportionBar(QWidget *parent = nullptr);

    void setSegments(const std::vector<Segment> &segments);
    // The colour of the part no segment fills (segments summing to less than `total`).
    void setTrack(const QColor &track, double total);
    const std::vector<Segment> &segments() const { return m_segments; }

    QSize sizeHint() const override { return {120, 10}; }
    QSize minimumSizeHint() const override { return {40, 10}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<Segment> m_segments;
    QColor m_track;
    double m_total = 0; // 0: the segments fill the bar
};

} // namespace callboard
