#include "KpiTile.h"

#include "gui/theme/Theme.h"

#include <QFontInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace callboard {

KpiTile::KpiTile(const QString &caption, Size size, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(this)), m_caption(new QLabel(caption, this))
{
    // Values include server text (end reasons): always plain.
    m_value->setTextFormat(Qt::PlainText);
    m_caption->setTextFormat(Qt::PlainText);
    if (size == Size::Large) {
        m_value->setFont(scaledFont(m_value->font(), 2.0, true));
    }
    m_caption->setWordWrap(true);
    m_value->setTextInteractionFlags(Qt::NoTextInteraction);
    // Caption above, figure below, the pair centred in the tile's height.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(size == Size::Large ? 0 : 2);
    layout->addStretch(1);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addStretch(1);
    setAutoFillBackground(true);
    updateAccessibleName();
}

void KpiTile::setValue(const QString &value)
{
    if (value == m_value->text())
        return;
    m_value->setText(value);
    updateAccessibleName();
}

void KpiTile::setCaption(const QString &caption)
{
    if (caption == m_caption->text())
        return;
    m_caption->setText(caption);
    updateAccessibleName();
}

QString KpiTile::value() const { return m_value->text(); }
QString KpiTile::caption() const { return m_caption->text(); }

void KpiTile::setColors(const QColor &background, const QColor &value, const QColor &caption)
{
    setWidgetColors(this, background, value);
    QPalette cp = m_caption->palette();
    cp.setColor(QPalette::WindowText, caption);
    m_caption->setPalette(cp);
}

void KpiTile::setFontPixelSizes(int valuePx, int captionPx)
{
    QFont value = m_value->font();
    value.setPixelSize(valuePx);
    value.setBold(true);
    m_value->setFont(value);
    QFont caption = m_caption->font();
    caption.setPixelSize(captionPx);
    m_caption->setFont(caption);
    const int pad = qMax(6, captionPx / 2);
    layout()->setContentsMargins(pad * 2, pad, pad * 2, pad);
}

int KpiTile::valuePixelSize() const { return QFontInfo(m_value->font()).pixelSize(); }

void KpiTile::updateAccessibleName()
{
    // "Connect rate: 72 %": what a screen reader says for the tile.
    setAccessibleName(tr("%1: %2").arg(m_caption->text(), m_value->text()));
}

} // namespace callboard
