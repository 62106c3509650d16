// Translations: the user's language for Qt's own strings (the buttons of every dialog, the file
// dialog: qtbase_<lang>.qm from Qt's translations directory, packaged as qt6-translations-l10n
// on Debian) and for Callboard's (embedded under :/i18n).
#pragma once

#include <QLocale>

class QCoreApplication;

namespace callboard {

struct InstalledTranslations
{
    bool qt = false;       // Qt's catalogue was found and installed
    bool callboard = false;
};

// Installs both catalogues for locale (owned by app). A missing catalogue (English, or Qt's
// translations not installed) leaves those strings in English.
InstalledTranslations installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace callboard
