// MiniHistogram: the distribution of a numeric analysis field, small enough for a tile —
// one bar per value when there are few distinct values (a 1–10 score), else ten even bins —
// with the smallest and largest value written under it.
#pragma once

#include <QColor>
#include <QWidget>

#include <map>
#include <vector>

namespace callboard {

class MiniHistogram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MiniHistogram)
public:
    static constexpr int kMaxBars = 12;

    explicit MiniHistogram(QWidget *parent = nullptr);

    void setValues(const std::map<double, int> &valueCounts);
    void setColors(const QColor &bar, const QColor &baseline, const QColor &text);
    const std::vector<int> &bins() const { return m_bins; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<int> m_bins;
    double m_min = 0, m_max = 0;
    QColor m_bar, m_baseline, m_text;
};

} // namespace callboard
