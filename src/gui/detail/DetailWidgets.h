// DetailWidgets: the few widget shapes the detail pane is built from, made one way so that
// every label showing server text is plain text, and the theme's colours live in one style
// sheet keyed by a "role" property.
#pragma once

#include <QString>

class QFrame;
class QLabel;
class QVBoxLayout;
class QWidget;

namespace callboard {

class Theme;

namespace DetailWidgets {

// Roles a label can take in the style sheet.
inline constexpr const char *RoleProperty = "detailRole";

// A label for server text (or our own words): Qt::PlainText, word-wrapped, selectable.
QLabel *plainLabel(const QString &text, QWidget *parent, const char *role = nullptr);
// A short value shown as a rounded chip that keeps its natural width.
QLabel *chip(const QString &text, QWidget *parent);
// A card with a title (none when empty); returns the card and sets *body to the layout for its
// content.
QFrame *section(const QString &title, QWidget *parent, QVBoxLayout **body);
// font scaled by factor, whether it is sized in points or in pixels.
// The pane's style sheet for a theme: cards, muted text, chips, speakers.
QString styleSheet(const Theme &theme);

} // namespace DetailWidgets
} // namespace callboard
