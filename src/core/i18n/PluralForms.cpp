#include "PluralForms.h"

#include <QCoreApplication>
#include <QTranslator>

namespace callboard {

void installEnglishPluralForms()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || app->findChild<QTranslator *>(QStringLiteral("callboardEnglishPlurals"), Qt::FindDirectChildrenOnly))
        return;
    auto *plurals = new QTranslator(app);
    plurals->setObjectName(QStringLiteral("callboardEnglishPlurals"));
    if (plurals->load(QStringLiteral(":/i18n/callboard_en.qm")))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
}

} // namespace callboard
