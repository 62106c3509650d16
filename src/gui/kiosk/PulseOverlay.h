// PulseOverlay: the full-screen colour pulse a firing alert sends across a kiosk board —
// three slow swells of the alert colour over everything, then gone. Mouse and keys pass
// through it.
#pragma once

#include <QColor>
#include <QWidget>

class QVariantAnimation;

namespace callboard {

class PulseOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PulseOverlay)
public:
    explicit PulseOverlay(QWidget *parent = nullptr);

    void pulse(const QColor &color);
    bool isPulsing() const;
    QColor color() const { return m_color; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVariantAnimation *m_animation;
    QColor m_color;
    int m_alpha = 0;
};

} // namespace callboard
