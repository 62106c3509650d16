#include "FirstRunPage.h"

#include "gui/theme/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace callboard {

namespace {
QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter);
    return label;
}
} // namespace

FirstRunPage::FirstRunPage(QWidget *parent) : FirstRunPage(nullptr, parent) {}

FirstRunPage::FirstRunPage(const Theme *theme, QWidget *parent)
    : QWidget(parent), m_title(textLabel(tr("Welcome to Callboard"), this)),
      m_explanation(textLabel(tr("See your DialNexa calls as they happen: connect your "
                                 "workspace's API key, or look around first with simulated calls."),
                              this)),
      m_note(textLabel(tr("The key is kept in your system's keychain, never in a file."), this)),
      m_enterKey(new QPushButton(tr("Enter API key…"), this)),
      m_demo(new QPushButton(tr("Start the demo"), this))
{
    setAccessibleName(tr("Welcome"));
    m_title->setObjectName(QStringLiteral("firstRunTitle"));
    m_title->setFont(scaledFont(m_title->font(), 1.8, true));
    m_explanation->setFont(scaledFont(m_explanation->font(), 1.1, false));

    for (QPushButton *button : {m_enterKey, m_demo}) {
        button->setMinimumSize(200, 48);
        button->setFont(scaledFont(button->font(), 1.1, false));
        button->setCursor(Qt::PointingHandCursor);
    }
    m_enterKey->setObjectName(QStringLiteral("enterKeyButton"));
    m_enterKey->setAccessibleName(tr("Enter API key"));
    m_enterKey->setDefault(true);
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_demo->setAccessibleName(tr("Start the demo"));
    connect(m_enterKey, &QPushButton::clicked, this, &FirstRunPage::keyRequested);
    connect(m_demo, &QPushButton::clicked, this, &FirstRunPage::demoRequested);

    // A fixed measure, so the wrapped explanation gets its full height.
    auto *column = new QWidget(this);
    column->setFixedWidth(560);
    auto *inner = new QVBoxLayout(column);
    inner->setContentsMargins(24, 24, 24, 24);
    inner->setSpacing(14);
    inner->addWidget(m_title);
    inner->addWidget(m_explanation);
    inner->addSpacing(18);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addStretch(1);
    buttons->addWidget(m_enterKey);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    inner->addLayout(buttons);
    inner->addSpacing(10);
    inner->addWidget(m_note);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(2);
    setTheme(theme);
}

void FirstRunPage::setTheme(const Theme *themeOrNull)
{
    const Theme fallback = Theme::light();
    const Theme *theme = themeOrNull ? themeOrNull : &fallback;
    setPalette(theme->palette());
    setAutoFillBackground(true);
    const QColor accent = theme->accent();
    setStyleSheet(
        QStringLiteral("QLabel#firstRunTitle { color: %1; }"
                       "QPushButton { border-radius: 8px; padding: 10px 22px; border: 1px solid %2;"
                       "  background: %3; color: %1; }"
                       "QPushButton:hover { background: %4; }"
                       "QPushButton:focus { border: 2px solid %5; }"
                       "QPushButton#enterKeyButton { background: %5; color: %6; border-color: %5; }"
                       "QPushButton#enterKeyButton:focus { border: 2px solid %1; }")
            .arg(theme->text().name(), theme->border().name(), theme->card().name(),
                 theme->cardHover().name(), accent.name(), theme->onColor(accent).name()));
    QPalette muted = m_note->palette();
    muted.setColor(QPalette::WindowText, theme->mutedText());
    m_note->setPalette(muted);
}

} // namespace callboard
