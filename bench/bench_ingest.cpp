// Benchmark (a): wire JSON -> CallStore, against a bare parse of the same bytes.
// Prints MB/s and records/s; never asserted.
#include "BenchData.h"
#include "core/api/json/CallLogReader.h"
#include "core/model/CallStore.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef CALLBOARD_HAVE_SIMDJSON
#include <simdjson.h>
#endif

using namespace callboard;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int records = 20000;
    const QByteArray body = bench::listBody(records);
    const double mb = body.size() / 1e6;
    out << "body: " << records << " calls, " << QString::number(mb, 'f', 1) << " MB ("
        << body.size() / records << " bytes a call)\n";

    auto report = [&](const char *name, double seconds) {
        out << QString::asprintf("%-34s %8.1f MB/s %10.0f records/s\n", name, mb / seconds,
                                 records / seconds);
        return mb / seconds;
    };

    const double qjson = report("bare parse, QJsonDocument", bench::bestSeconds(5, [&] {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (doc.isNull())
            qFatal("parse failed");
    }));
    double fastest = qjson;
#ifdef CALLBOARD_HAVE_SIMDJSON
    simdjson::dom::parser parser;
    const simdjson::padded_string padded(body.constData(), size_t(body.size()));
    const double simd = report("bare parse, simdjson (DOM)", bench::bestSeconds(5, [&] {
        simdjson::dom::element doc;
        if (parser.parse(padded).get(doc))
            qFatal("parse failed");
    }));
    fastest = qMax(fastest, simd);
#endif
    const double readOnly = report("read: body -> CallLogs", bench::bestSeconds(5, [&] {
        CallPage page;
        QString error;
        if (!CallLogReader::readListBody(body, &page, &error) || int(page.calls.size()) != records)
            qFatal("read failed");
    }));
    const double ingest = report("ingest: body -> CallStore", bench::bestSeconds(5, [&] {
        CallPage page;
        QString error;
        CallLogReader::readListBody(body, &page, &error);
        CallStore store;
        store.apply(std::move(page.calls));
        if (store.size() != records)
            qFatal("ingest failed");
    }));
    Q_UNUSED(readOnly);
    out << QString::asprintf("read / fastest bare parse: %.2fx   read / QJsonDocument parse: %.2fx\n", readOnly / fastest, readOnly / qjson);
    out << QString::asprintf("ingest / fastest bare parse: %.2fx   ingest / QJsonDocument parse: %.2fx\n",
                             ingest / fastest, ingest / qjson);
    return 0;
}
