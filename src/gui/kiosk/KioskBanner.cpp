#include "KioskBanner.h"

#include "gui/theme/Theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace callboard {

KioskBanner::KioskBanner(Style style, QWidget *parent)
    : QFrame(parent), m_style(style), m_headline(new QLabel(this)), m_detail(new QLabel(this))
{
    for (QLabel *l : {m_headline, m_detail}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        if (style == Style::FullScreen)
            l->setAlignment(Qt::AlignCenter);
    }
    auto *layout = new QVBoxLayout(this);
    if (style == Style::FullScreen)
        layout->addStretch(2);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    if (style == Style::FullScreen)
        layout->addStretch(3);
    setAutoFillBackground(true);
    setVisible(false);
}

void KioskBanner::setText(const QString &headline, const QString &detail)
{
    if (m_headline->text() != headline)
        m_headline->setText(headline);
    if (m_detail->text() != detail)
        m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setAccessibleName(detail.isEmpty() ? headline : headline + QLatin1Char('\n') + detail);
}

void KioskBanner::setColors(const QColor &background, const QColor &text)
{
    setWidgetColors(this, background, text);
}

void KioskBanner::setPixelSizes(int headlinePx, int detailPx)
{
    QFont h = m_headline->font();
    h.setPixelSize(headlinePx);
    h.setBold(true);
    m_headline->setFont(h);
    QFont d = m_detail->font();
    d.setPixelSize(detailPx);
    m_detail->setFont(d);
    if (m_style == Style::FullScreen) {
        layout()->setContentsMargins(headlinePx * 2, headlinePx, headlinePx * 2, headlinePx);
        layout()->setSpacing(headlinePx / 2);
    } else {
        layout()->setContentsMargins(detailPx, detailPx / 2, detailPx, detailPx / 2);
    }
}

QString KioskBanner::headline() const { return m_headline->text(); }
QString KioskBanner::detail() const { return m_detail->text(); }

} // namespace callboard
