#include "KioskBanner.h"

#include <QLabel>
#include <QVBoxLayout>

namespace callboard {

KioskBanner::KioskBanner(QWidget *parent)
    : QFrame(parent), m_headline(new QLabel(this)), m_detail(new QLabel(this))
{
    for (QLabel *l : {m_headline, m_detail}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
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
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    setPalette(p);
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
    layout()->setContentsMargins(detailPx, detailPx / 2, detailPx, detailPx / 2);
}

QString KioskBanner::headline() const { return m_headline->text(); }
QString KioskBanner::detail() const { return m_detail->text(); }

} // namespace callboard
