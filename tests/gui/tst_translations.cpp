// The German catalogue is embedded, complete, and reaches the widgets; one outcome, one word.
#include "core/model/CallStore.h"
#include "core/stats/CallStats.h"
#include "core/time/Clock.h"
#include "core/time/Utc.h"
#include "gui/filters/FilterBar.h"
#include "gui/main/Translations.h"
#include "gui/theme/Labels.h"
#include "gui/theme/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
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

        ManualClock clock(utcDateTime(QDate(2026, 11, 28), QTime(12, 0)));
        CallStore store;
        CallStats stats(&store, &clock);
        FilterBar bar(&stats);
        QVERIFY(!bar.searchField()->placeholderText().startsWith(QStringLiteral("Search")));
        // The Duration filter and its presets, and Settings' "Board" heading.
        QComboBox *duration = nullptr;
        for (QComboBox *c : bar.findChildren<QComboBox *>())
            if (c->accessibleName() == QStringLiteral("Dauer-Filter") || c->itemText(0) == QStringLiteral("Dauer"))
                duration = c;
        QVERIFY(duration);
        QCOMPARE(duration->itemText(0), QStringLiteral("Dauer"));
        QCOMPARE(duration->itemText(1), QStringLiteral("Unter 30 s"));
        QCOMPARE(duration->itemText(4), QStringLiteral("Über 5 min"));
        QCOMPARE(QCoreApplication::translate("SettingsDialog", "Board"), QStringLiteral("Anzeige"));
        QCoreApplication::removeTranslator(&german);
    }

    void aCallNobodyPickedUpHasOneNameEverywhere_data()
    {
        QTest::addColumn<bool>("german");
        QTest::newRow("English") << false;
        QTest::newRow("German") << true;
    }

    void aCallNobodyPickedUpHasOneNameEverywhere()
    {
        // Two statuses (did_not_pick, no_answer) and an end reason (user_did_not_pick_up) say
        // the same outcome: the badge, the end reason and the KPI's reasons use one word.
        QFETCH(bool, german);
        QTranslator catalogue;
        QVERIFY(catalogue.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("callboard"),
                               QStringLiteral("_"), QStringLiteral(":/i18n")));
        if (german)
            QCoreApplication::installTranslator(&catalogue);
        CallLog didNotPick, noAnswer;
        didNotPick.status = CallStatus::DidNotPick;
        noAnswer.status = CallStatus::NoAnswer;
        const QString word = Labels::status(noAnswer);
        QCOMPARE(Labels::status(didNotPick), word);
        QCOMPARE(Labels::endReason(QStringLiteral("user_did_not_pick_up")), word);
        QCOMPARE(word, german ? QStringLiteral("Keine Antwort") : QStringLiteral("No answer"));
        QCoreApplication::removeTranslator(&catalogue);
    }

    void qtsOwnStringsFollowTheLocale()
    {
        // Qt's catalogue comes from qt6-translations-l10n (a build and runtime dependency).
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFileInfo::exists(dir + QStringLiteral("/qtbase_de.qm")))
            QSKIP("qtbase_de.qm is not installed (apt-get install qt6-translations-l10n)");
        const InstalledTranslations installed =
            installTranslations(QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(installed.qt);
        QVERIFY(installed.callboard);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Close"), QStringLiteral("Schließen"));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(Labels::statusGroup(StatusGroup::Connected), QStringLiteral("Verbunden"));
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
