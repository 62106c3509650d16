#include "EmptyResultNotice.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace callboard {

EmptyResultNotice::EmptyResultNotice(QWidget *over)
    : QWidget(over), m_label(new QLabel(tr("No calls match these filters"), this)),
      m_clear(new QPushButton(tr("Clear filters"), this))
{
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_clear->setAccessibleName(tr("Clear filters"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addWidget(m_clear, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_clear, &QPushButton::clicked, this, &EmptyResultNotice::clearRequested);
    over->installEventFilter(this);
    setGeometry(over->rect());
    hide();
}

void EmptyResultNotice::setCounts(int shown, int total, bool filtered)
{
    const bool empty = filtered && shown == 0 && total > 0;
    if (empty == isVisible())
        return;
    setGeometry(parentWidget()->rect());
    setVisible(empty);
    if (empty)
        raise();
}

QString EmptyResultNotice::message() const { return m_label->text(); }

bool EmptyResultNotice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace callboard
