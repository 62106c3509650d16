// bench_cache_write: what the local cache costs. Prints how long the worker takes to write
// 100,000 calls at once (a cold start on a big workspace) and a tick's 50 changed calls, what
// the GUI thread pays to hand a flush over, and how long reading 100,000 calls back at start
// takes (open with quick_check, migrate, read, decode) plus putting them in the store.
#include "BenchData.h"
#include "core/time/Utc.h"

#include "core/cache/CallCache.h"
#include "core/api/json/CallLogReader.h"
#include "core/model/CallStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace callboard;

namespace {
double ms(qint64 ns) { return double(ns) / 1e6; }

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr int kCalls = 100000;

    CallPage page;
    QString error;
    if (!CallLogReader::readListBody(bench::listBody(kCalls), &page, &error)) {
        out << "cannot make the calls: " << error << Qt::endl;
        return 1;
    }
    std::vector<CallLog> calls = std::move(page.calls);
    out << "calls: " << calls.size() << Qt::endl;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    ManualClock clock(utcDateTime(QDate(2026, 11, 28), QTime(12, 0)));
    CallStore store;
    {
        CallCache cache(path, &clock);
        cache.setRetentionDays(365);
        cache.setMaxPending(kCalls + 1); // one batch, flushed by hand
        CallCache::Contents contents;
        if (!cache.open(&contents)) {
            out << "cannot open the cache" << Qt::endl;
            return 1;
        }
        qint64 workerNs = 0;
        QObject::connect(&cache, &CallCache::wrote, [&](int, qint64 ns) { workerNs = ns; });
        cache.watch(&store);

        QElapsedTimer t;
        t.start();
        store.apply(calls); // the cache notes 100,000 ids
        const qint64 applyNs = t.nsecsElapsed();
        cache.flush();      // copies the calls and hands them over
        const qint64 handOffNs = t.nsecsElapsed() - applyNs;
        cache.waitForWrites();
        const qint64 totalNs = t.nsecsElapsed();
        QCoreApplication::processEvents();
        out << "initial write of " << calls.size() << " calls: worker " << ms(workerNs)
            << " ms (one transaction); GUI thread: store apply with the cache watching "
            << ms(applyNs) << " ms, hand-off " << ms(handOffNs) << " ms; until written "
            << ms(totalNs) << " ms" << Qt::endl;

        std::vector<double> worker, gui;
        for (int round = 0; round < 30; ++round) {
            std::vector<CallLog> changed;
            for (int i = 0; i < 50; ++i) {
                CallLog c = store.at((round * 977 + i * 1931) % store.size());
                c.statusText = round % 2 ? QStringLiteral("completed") : QStringLiteral("busy");
                c.status = statusFromString(c.statusText);
                changed.push_back(std::move(c));
            }
            store.apply(std::move(changed));
            QElapsedTimer h;
            h.start();
            cache.flush();
            gui.push_back(ms(h.nsecsElapsed()));
            cache.waitForWrites();
            QCoreApplication::processEvents();
            worker.push_back(ms(workerNs));
        }
        out << "flush of 50 changed calls into " << store.size() << ": worker median "
            << median(worker) << " ms; GUI thread hand-off median " << median(gui) << " ms"
            << Qt::endl;
    }
    out << "file: " << QFileInfo(path).size() / (1024 * 1024) << " MB ("
        << QFileInfo(path).size() / qint64(calls.size()) << " bytes a call)" << Qt::endl;

    std::vector<double> load, apply;
    size_t loaded = 0;
    for (int round = 0; round < 3; ++round) {
        CallCache cache(path, &clock);
        cache.setRetentionDays(365);
        CallCache::Contents contents;
        QElapsedTimer t;
        t.start();
        if (!cache.open(&contents))
            return 1;
        load.push_back(ms(t.nsecsElapsed()));
        loaded = contents.calls.size();
        CallStore fresh;
        t.restart();
        fresh.apply(std::move(contents.calls));
        apply.push_back(ms(t.nsecsElapsed()));
    }
    out << "start-up read of " << loaded << " calls: " << median(load)
        << " ms (open, quick_check, read, decode), into the store " << median(apply) << " ms"
        << Qt::endl;
    return 0;
}
