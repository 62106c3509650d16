// The freedesktop screensaver inhibitor against a real D-Bus session bus (a private one,
// started by dbus-run-session for this test): a stand-in org.freedesktop.ScreenSaver records
// Inhibit and UnInhibit. Without a bus, inhibit() fails with a sentence, never a crash.
#include "gui/kiosk/DbusScreenSaverInhibitor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMutex>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTest>
#include <QThread>

using namespace callboard;

// What the stand-in desktop heard, written from its thread, read from the test's.
struct Heard
{
    QMutex mutex;
    QStringList inhibitedBy;
    QList<uint> released;
    QStringList inhibits() { QMutexLocker l(&mutex); return inhibitedBy; }
    QList<uint> releases() { QMutexLocker l(&mutex); return released; }
};

class FakeScreenSaver final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    explicit FakeScreenSaver(Heard *heard) : m_heard(heard) {}

public slots:
    uint Inhibit(const QString &application, const QString &reason)
    {
        QMutexLocker l(&m_heard->mutex);
        m_heard->inhibitedBy << application + QLatin1Char('|') + reason;
        return 4242;
    }
    void UnInhibit(uint cookie)
    {
        QMutexLocker l(&m_heard->mutex);
        m_heard->released << cookie;
    }

private:
    Heard *m_heard;
};

// The desktop's screensaver service on its own connection and thread, as a real one would be
// (a blocking call to a service served by the caller's own thread could never be answered).
class FakeDesktop final : public QThread
{
public:
    explicit FakeDesktop(Heard *heard) : m_heard(heard) {}
    QSemaphore ready;
    bool registered = false;

protected:
    void run() override
    {
        {
            QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("desktop"));
            FakeScreenSaver saver(m_heard);
            registered = bus.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), &saver, QDBusConnection::ExportAllSlots)
                         && bus.registerService(QStringLiteral("org.freedesktop.ScreenSaver"));
            ready.release();
            exec();
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("desktop"));
    }

private:
    Heard *m_heard;
};

class TestScreenSaverInhibit : public QObject
{
    Q_OBJECT
private slots:
    void inhibitsAndReleasesThroughTheSessionBus()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (qEnvironmentVariableIsEmpty("CALLBOARD_TEST_PRIVATE_BUS"))
            QSKIP("runs under dbus-run-session (see tests/gui/main.cmake)");
        QVERIFY2(bus.isConnected(), "dbus-run-session gave no session bus");
        Heard heard;
        FakeDesktop desktop(&heard);
        desktop.start();
        desktop.ready.acquire();
        QVERIFY(desktop.registered);
        auto stop = qScopeGuard([&] {
            desktop.quit();
            desktop.wait();
        });

        DbusScreenSaverInhibitor inhibitor;
        QString error;
        QVERIFY2(inhibitor.inhibit(QStringLiteral("kiosk showing"), &error), qPrintable(error));
        QVERIFY(inhibitor.isInhibiting());
        QCOMPARE(heard.inhibits().size(), 1);
        QVERIFY(heard.inhibits().first().endsWith(QStringLiteral("|kiosk showing")));
        QVERIFY(inhibitor.inhibit(QStringLiteral("again"), &error)); // held already: no second cookie
        QCOMPARE(heard.inhibits().size(), 1);
        inhibitor.release();
        QVERIFY(!inhibitor.isInhibiting());
        QTRY_COMPARE(heard.releases(), QList<uint>{4242});
    }

    void withoutTheServiceItSaysWhy()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (bus.isConnected() && bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.ScreenSaver")))
            QSKIP("a real screensaver service is on this bus");
        DbusScreenSaverInhibitor inhibitor;
        QString error;
        QVERIFY(!inhibitor.inhibit(QStringLiteral("kiosk showing"), &error));
        QVERIFY(!inhibitor.isInhibiting());
        QVERIFY2(error.contains(QStringLiteral("screensaver")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestScreenSaverInhibit)
#include "tst_screensaverinhibit.moc"
