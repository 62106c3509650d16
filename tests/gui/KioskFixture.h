// KioskFixture: what the kiosk tests share. A BoardSession in virtual time running the demo
// against the simulator over loopback (made by init(), dropped by cleanup()), a kiosk started
// on it with a FakeInhibitor that counts what is asked of the screensaver, and runFor().
#pragma once

#include "SimFixture.h"
#include "VirtualTime.h"
#include "gui/charts/ChartsPanel.h"
#include "gui/charts/DurationOverTimeChart.h"

#include "core/directory/Directory.h"
#include "core/kiosk/PinGuard.h"
#include "core/model/CallStore.h"
#include "core/settings/AppSettings.h"
#include "core/settings/MemorySecretStore.h"
#include "core/stats/CallStats.h"
#include "core/sync/SyncEngine.h"
#include "demo/SimulatorDemo.h"
#include "gui/campaigns/CampaignsView.h"
#include "gui/kiosk/DisplaySleepInhibitor.h"
#include "gui/kiosk/KioskBanner.h"
#include "gui/kiosk/KioskController.h"
#include "gui/kiosk/KioskWindow.h"
#include "gui/kiosk/KpiPage.h"
#include "gui/kiosk/PageIndicator.h"
#include "gui/kiosk/PageRotator.h"
#include "gui/kiosk/PinPrompt.h"
#include "gui/kiosk/PulseOverlay.h"
#include "gui/kpi/KpiStrip.h"
#include "gui/kpi/KpiTile.h"
#include "gui/main/AppController.h"
#include "session/BoardSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace callboard::kiosktest {

using namespace callboard::test; // runFor, boardSettled

// Records what the kiosk asks of the platform's screensaver.
class FakeInhibitor final : public DisplaySleepInhibitor
{
public:
    explicit FakeInhibitor(int *inhibits) : m_inhibits(inhibits) {}
    bool inhibit(const QString &, QString *) override
    {
        ++*m_inhibits;
        return m_on = true;
    }
    void release() override { m_on = false; }
    bool isInhibiting() const override { return m_on; }
    QString mechanism() const override { return QStringLiteral("fake"); }

private:
    int *m_inhibits;
    bool m_on = false;
};

class KioskFixture
{
protected:
    // Moves virtual time forward timer by timer, letting each step's requests finish.
    // A demo board with the backfill done, fresh for every test function (its init()).
    void startDemoBoard()
    {
        m_inhibits = 0;
        m_clock = std::make_unique<ManualClock>(fixedStart());
        m_session = std::make_unique<BoardSession>(m_clock.get());
        useSimulatorForDemo(*m_session);
        QVERIFY(m_session->startDemo(7));
        QVERIFY(waitUntil([&] { return m_session->engine()->backfillDone() && !m_session->engine()->isBusy(); }));
        QVERIFY(m_session->store()->size() > 100);
    }
    // Its cleanup(): the session before the clock it runs on.
    void stopDemoBoard()
    {
        m_session.reset();
        m_clock.reset();
    }

    void runFor(qint64 ms)
    {
        QVERIFY(test::runFor(*m_clock, ms, boardSettled(m_session->client(), m_session->engine())));
    }

    std::unique_ptr<KioskController> startKiosk(const KioskConfig &config, bool headless = false)
    {
        auto kiosk = std::make_unique<KioskController>(m_session.get(), config);
        kiosk->setHeadless(headless);
        kiosk->setInhibitor(std::make_unique<FakeInhibitor>(&m_inhibits));
        kiosk->start();
        return kiosk;
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<BoardSession> m_session;
    int m_inhibits = 0;
};

} // namespace callboard::kiosktest
