#include "FullScreenMessage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace callboard {

FullScreenMessage::FullScreenMessage(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_body(new QLabel(this))
{
    for (QLabel *l : {m_headline, m_body}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignCenter);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_headline);
    layout->addSpacing(24);
    layout->addWidget(m_body);
    layout->addStretch(3);
    setAutoFillBackground(true);
    setVisible(false);
}

void FullScreenMessage::setMessage(const QString &headline, const QString &body)
{
    m_headline->setText(headline);
    m_body->setText(body);
    setAccessibleName(headline);
}

void FullScreenMessage::setColors(const QColor &background, const QColor &text)
{
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    setPalette(p);
}

void FullScreenMessage::setPixelSizes(int headlinePx, int bodyPx)
{
    QFont h = m_headline->font();
    h.setPixelSize(headlinePx);
    h.setBold(true);
    m_headline->setFont(h);
    QFont b = m_body->font();
    b.setPixelSize(bodyPx);
    m_body->setFont(b);
    layout()->setContentsMargins(headlinePx * 2, headlinePx, headlinePx * 2, headlinePx);
}

QString FullScreenMessage::headline() const { return m_headline->text(); }
QString FullScreenMessage::body() const { return m_body->text(); }

} // namespace callboard
