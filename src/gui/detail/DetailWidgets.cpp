#include "DetailWidgets.h"

#include "gui/theme/Theme.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace callboard::DetailWidgets {

QLabel *plainLabel(const QString &text, QWidget *parent, const char *role)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // server text may hold markup: show it literally
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (role)
        label->setProperty(RoleProperty, QString::fromLatin1(role));
    return label;
}

QLabel *chip(const QString &text, QWidget *parent)
{
    auto *label = plainLabel(text, parent, "chip");
    label->setWordWrap(false);
    label->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return label;
}

QFrame *section(const QString &title, QWidget *parent, QVBoxLayout **body)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("detailSection"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(10);
    if (title.isEmpty()) {
        *body = layout;
        return frame;
    }
    auto *heading = plainLabel(title, frame, "sectionTitle");
    heading->setTextInteractionFlags(Qt::NoTextInteraction);
    heading->setFont(scaledFont(heading->font(), 1.1, true));
    heading->setAccessibleName(title);
    layout->addWidget(heading);
    *body = layout;
    return frame;
}

QString styleSheet(const Theme &theme)
{
    const QString sheet = QStringLiteral(
        "QWidget#detailContent, QWidget#detailPane { background: %9; }"
        "QLabel#detailPlaceholder { background: transparent; color: %3; }"
        "QFrame#detailSection { background: %1; border: 1px solid %2; border-radius: 8px; }"
        "QLabel[detailRole=\"muted\"] { color: %3; }"
        "QLabel[detailRole=\"sectionTitle\"] { color: %4; }"
        "QLabel[detailRole=\"chip\"] { background: %5; color: %4; border: 1px solid %2;"
        "  border-radius: 8px; padding: 2px 10px; }"
        "QLabel[detailRole=\"agent\"] { color: %6; font-weight: bold; }"
        "QLabel[detailRole=\"user\"] { color: %4; font-weight: bold; }"
        "QLabel[detailRole=\"error\"] { color: %7; }"
        "QLabel[detailRole=\"now\"] { color: %6; font-weight: bold; }"
        "QLabel[detailRole=\"yes\"] { color: %8; }"
        "QPushButton { background: %1; color: %4; border: 1px solid %2; border-radius: 6px;"
        "  padding: 5px 14px; }"
        "QPushButton:hover { background: %10; }"
        "QPushButton:focus { border-color: %6; }"
        "QPushButton:disabled { color: %3; }");
    return sheet.arg(theme.card().name(), theme.border().name(), theme.mutedText().name(),
                     theme.text().name(), theme.cardSelected().name(), theme.accent().name(),
                     theme.danger().name(), theme.ok().name(), theme.window().name(),
                     theme.cardHover().name());
}

} // namespace callboard::DetailWidgets
