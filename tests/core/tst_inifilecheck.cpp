// IniFileCheck: a --config file must read as INI text before QSettings, which reads anything,
// is given it. The shipped kiosk example passes; binary data, text that is not UTF-8 and a
// stray line are each named.
#include "core/settings/IniFileCheck.h"

#include <QTest>

using namespace callboard;

class TestIniFileCheck : public QObject
{
    Q_OBJECT
private slots:
    void theShippedKioskExampleIsAnIniFile()
    {
        QCOMPARE(IniFileCheck::fileProblem(QStringLiteral(CALLBOARD_SOURCE_DIR "/packaging/kiosk/callboard-kiosk.ini")),
                 QString());
    }

    void whatQSettingsWritesIsAnIniFile()
    {
        const QByteArray ini = "; a comment\r\n# another\n[kiosk]\nenabled=true\n"
                               "pages=cards, charts\nnote=\"a long value \\\n  that goes on\"\n\n"
                               "[views]\nlist\\1\\name=Failed only\n";
        QCOMPARE(IniFileCheck::problem(ini), QString());
        QCOMPARE(IniFileCheck::problem(QByteArray()), QString());
        // Windows editors save UTF-8 with a byte order mark, and CRLF line ends.
        QCOMPARE(IniFileCheck::problem("\xEF\xBB\xBF[kiosk]\r\nenabled=true\r\n"), QString());
    }

    void binaryDataIsNamedWithItsPlace()
    {
        QByteArray bytes("[kiosk]\nenabled=true\n");
        bytes.append('\0').append("\x89PNG");
        QCOMPARE(IniFileCheck::problem(bytes),
                 QStringLiteral("it holds binary data (a zero byte at byte 22), not INI text"));
    }

    void textThatIsNotUtf8IsNamed()
    {
        QCOMPARE(IniFileCheck::problem("[kiosk]\ntitle=Caf\xe9\n"), QStringLiteral("it is not UTF-8 text"));
    }

    void aStrayLineIsNamedByItsNumber()
    {
        QCOMPARE(IniFileCheck::problem("[kiosk]\nenabled=true\nthis is a sentence\n"),
                 QStringLiteral("line 3 is neither a [group], a key=value nor a comment"));
    }

    void anUnreadableFileSaysWhy()
    {
        const QString why = IniFileCheck::fileProblem(QStringLiteral("/nonexistent/callboard.ini"));
        QVERIFY2(why.contains(QLatin1String("No such file")), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestIniFileCheck)
#include "tst_inifilecheck.moc"
