#include "PinPrompt.h"

#include "gui/theme/Theme.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace callboard {

PinPrompt::PinPrompt(PinGuard *guard, Clock *clock, QWidget *parent)
    : QFrame(parent), m_guard(guard), m_clock(clock), m_title(new QLabel(tr("Enter the PIN to leave the kiosk"), this)),
      m_input(new QLineEdit(this)), m_message(new QLabel(this))
{
    m_title->setAlignment(Qt::AlignCenter);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextFormat(Qt::PlainText);
    m_input->setEchoMode(QLineEdit::Password);
    m_input->setMaxLength(12);
    m_input->setAlignment(Qt::AlignCenter);
    m_input->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), m_input));
    m_input->setAccessibleName(tr("PIN"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_input);
    layout->addWidget(m_message);
    setFrameShape(QFrame::Box);
    setAutoFillBackground(true);
    connect(m_input, &QLineEdit::returnPressed, this, &PinPrompt::submit);
    connect(m_input, &QLineEdit::textEdited, this, &PinPrompt::armIdleClose);
    setVisible(false);
}

PinPrompt::~PinPrompt()
{
    for (Clock::TimerId timer : {m_idle, m_countdown})
        if (timer)
            m_clock->cancel(timer);
}

void PinPrompt::open()
{
    m_input->clear();
    setMessage(QString());
    showLockCountdown();
    show();
    raise();
    m_input->setFocus();
    armIdleClose();
}

void PinPrompt::setMessage(const QString &text)
{
    m_message->setText(text);
    // The panel grows to its message (a wrapped line must not be clipped) and stays centred.
    adjustSize();
    if (parentWidget())
        move((parentWidget()->width() - width()) / 2, (parentWidget()->height() - height()) / 2);
}

void PinPrompt::showLockCountdown()
{
    const qint64 locked = m_guard->lockedForMs();
    if (locked <= 0) {
        if (m_countdown)
            setMessage(QString());
        m_countdown = 0;
        return;
    }
    setMessage(tr("Too many wrong tries: wait %n s", nullptr, int((locked + 999) / 1000)));
    // Counts down every second while the panel is up.
    m_clock->rearm(&m_countdown, 1000, this, [this] {
        if (isVisible())
            showLockCountdown();
    });
}

void PinPrompt::dismiss()
{
    for (Clock::TimerId *timer : {&m_idle, &m_countdown}) {
        if (*timer)
            m_clock->cancel(*timer);
        *timer = 0;
    }
    m_input->clear();
    hide();
}

void PinPrompt::armIdleClose()
{
    m_clock->rearm(&m_idle, kIdleCloseMs, this, [this] { dismiss(); });
}

void PinPrompt::submit()
{
    armIdleClose();
    switch (m_guard->check(m_input->text())) {
    case PinGuard::Result::Accepted:
        dismiss();
        emit accepted();
        return;
    case PinGuard::Result::Wrong:
        setMessage(tr("Wrong PIN — %n tries left", nullptr, m_guard->triesLeft()));
        break;
    case PinGuard::Result::Locked:
        showLockCountdown();
        break;
    }
    m_input->clear();
}

void PinPrompt::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QFrame::keyPressEvent(event);
}

void PinPrompt::setPixelSize(int px)
{
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_input), static_cast<QWidget *>(m_message)}) {
        QFont f = w->font();
        f.setPixelSize(px);
        w->setFont(f);
    }
    layout()->setContentsMargins(px, px, px, px);
    layout()->setSpacing(px / 2);
    m_input->setMinimumHeight(px * 2); // the dots need room above and below
    m_message->setMinimumHeight(QFontMetrics(m_message->font()).height() * 5 / 4);
    setFixedWidth(px * 22);
    adjustSize();
}

void PinPrompt::setColors(const QColor &background, const QColor &text, const QColor &error)
{
    setWidgetColors(this, background, text);
    QPalette mp = m_message->palette();
    mp.setColor(QPalette::WindowText, error);
    m_message->setPalette(mp);
}

QString PinPrompt::message() const { return m_message->text(); }

} // namespace callboard
