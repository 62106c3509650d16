// SimHttp: the one place where the simulator touches the parts of Qt HttpServer that changed
// between Qt 6.4 and 6.8 (response headers became QHttpHeaders, responders are passed by
// lvalue reference and lost socket(), the missing handler gained a context object).
// Everything else in the simulator speaks SimResponse.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>

#include <QtHttpServer/QHttpServerResponder>

#include <functional>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace callboard::sim {

using SimHeaders = QList<QPair<QByteArray, QByteArray>>;

struct SimResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    SimHeaders headers; // besides Content-Type and Content-Length, which Qt writes

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }
};

// Writes status, headers and body on the responder.
void sendSimResponse(QHttpServerResponder &responder, const SimResponse &response);

// Routes every request the server receives to handler: the simulator does its own routing
// so that unknown paths get the API's JSON 404 envelope.
using SimRequestHandler =
    std::function<void(const QHttpServerRequest &request, QHttpServerResponder &&responder)>;
void installSimRequestHandler(QHttpServer *server, QObject *context, SimRequestHandler handler);

// Makes server serve the connections of an already listening tcpServer.
bool bindSimTcpServer(QHttpServer *server, QTcpServer *tcpServer);

// Holds a responder past its handler so the answer can go out later (the latency fault).
class SimDeferredResponder final
{
    Q_DISABLE_COPY_MOVE(SimDeferredResponder)
public:
    explicit SimDeferredResponder(QHttpServerResponder &&responder);
    // Sends the response, unless the client has gone away meanwhile.
    void send(const SimResponse &response);

private:
    QHttpServerResponder m_responder;
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // Qt 6.4 keeps a raw socket pointer in the responder and deletes the socket when the
    // peer disconnects; 6.8 keeps the connection's handler alive while a responder exists.
    QPointer<QTcpSocket> m_socket;
#endif
};

} // namespace callboard::sim
