#include "EmptyResultNotice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace callboard {

// A child of over's parent, laid over it: a scroll area's viewport moves its own children
// when it scrolls, and the notice must stay put.
EmptyResultNotice::EmptyResultNotice(QWidget *over)
    : QWidget(over->parentWidget()), m_over(over), m_label(new QLabel(this)), m_clear(new QPushButton(tr("Clear filters"), this)),
      m_retry(new QPushButton(tr("Retry now"), this)), m_settings(new QPushButton(tr("Settings…"), this))
{
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // an error can carry server text
    m_clear->setAccessibleName(tr("Clear filters"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton *b : {m_clear, m_retry, m_settings})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(m_clear, &QPushButton::clicked, this, &EmptyResultNotice::clearRequested);
    connect(m_retry, &QPushButton::clicked, this, &EmptyResultNotice::retryRequested);
    connect(m_settings, &QPushButton::clicked, this, &EmptyResultNotice::settingsRequested);
    over->installEventFilter(this);
    setGeometry(over->geometry());
    hide();
}

void EmptyResultNotice::setCounts(int shown, int total, bool filtered)
{
    m_shown = shown;
    m_total = total;
    m_filtered = filtered;
    update();
}

void EmptyResultNotice::setOutage(const QString &why)
{
    m_outage = why;
    update();
}

void EmptyResultNotice::update()
{
    const bool outage = m_total == 0 && !m_outage.isEmpty();
    const bool filteredOut = m_filtered && m_shown == 0 && m_total > 0;
    const QString text = outage ? tr("No calls to show: %1").arg(m_outage) : tr("No calls match these filters");
    if (m_label->text() != text)
        m_label->setText(text);
    m_clear->setVisible(filteredOut);
    m_retry->setVisible(outage);
    m_settings->setVisible(outage);
    const bool show = outage || filteredOut;
    if (show == !isHidden()) // not isVisible(): false while a parent is hidden
        return;
    setGeometry(m_over->geometry());
    setVisible(show);
    if (show)
        raise();
}

QString EmptyResultNotice::message() const { return m_label->text(); }

bool EmptyResultNotice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_over && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        setGeometry(m_over->geometry());
    return QWidget::eventFilter(watched, event);
}

} // namespace callboard
