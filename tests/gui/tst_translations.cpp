// The German catalogue is embedded, complete, and reaches the widgets.
#include "main/FilterBar.h"
#include "model/CallStore.h"
#include "stats/CallStats.h"
#include "theme/Theme.h"
#include "time/Clock.h"

#include <QLineEdit>
#include <QTest>
#include <QTranslator>

using namespace callboard;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void germanCatalogueIsEmbeddedAndUsed()
    {
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("callboard"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(!german.isEmpty());
        QCoreApplication::installTranslator(&german);

        // A core label, a plural, and a widget built after the translator is installed.
        CallLog live;
        live.status = CallStatus::Received;
        QCOMPARE(Labels::statusGroup(StatusGroup::Connected), QStringLiteral("Verbunden"));
        QVERIFY(Labels::status(live) != QStringLiteral("In progress"));
        QVERIFY(Labels::relativeTime(0, 5 * 60 * 1000).contains(QStringLiteral("5")));
        QVERIFY(Labels::relativeTime(0, 5 * 60 * 1000) != QStringLiteral("5 min ago"));

        ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
        CallStore store;
        CallStats stats(&store, &clock);
        FilterBar bar(&stats);
        QVERIFY(!bar.searchField()->placeholderText().startsWith(QStringLiteral("Search")));
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
