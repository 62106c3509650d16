#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace callboard {

InstalledTranslations installTranslations(QCoreApplication *app, const QLocale &locale)
{
    InstalledTranslations installed;
    auto *qt = new QTranslator(app);
    installed.qt = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                   && QCoreApplication::installTranslator(qt);
    if (!installed.qt)
        delete qt;
    auto *own = new QTranslator(app);
    installed.callboard = own->load(locale, QStringLiteral("callboard"), QStringLiteral("_"),
                                    QStringLiteral(":/i18n"))
                          && QCoreApplication::installTranslator(own);
    if (!installed.callboard)
        delete own;
    return installed;
}

} // namespace callboard
