#include "SimHttp.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTcpSocket>

namespace callboard::sim {

void sendSimResponse(QHttpServerResponder &responder, const SimResponse &r)
{
    const auto status = QHttpServerResponder::StatusCode(r.status);
    QHttpServerResponse response = r.contentType.isEmpty()
                                       ? QHttpServerResponse(status)
                                       : QHttpServerResponse(r.contentType, r.body, status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    for (const auto &[name, value] : r.headers)
        headers.append(name, value);
    response.setHeaders(std::move(headers));
    responder.sendResponse(response);
#else
    for (const auto &[name, value] : r.headers)
        response.addHeader(name, value);
    response.write(std::move(responder));
#endif
}

void installSimRequestHandler(QHttpServer *server, QObject *context, SimRequestHandler handler)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    server->setMissingHandler(context,
                              [handler = std::move(handler)](const QHttpServerRequest &request,
                                                             QHttpServerResponder &responder) {
                                  handler(request, std::move(responder));
                              });
#else
    Q_UNUSED(context); // 6.4 takes no context: the handler lives as long as the server
    server->setMissingHandler(std::move(handler));
#endif
}

bool bindSimTcpServer(QHttpServer *server, QTcpServer *tcpServer)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return server->bind(tcpServer);
#else
    server->bind(tcpServer);
    return tcpServer->isListening();
#endif
}

SimDeferredResponder::SimDeferredResponder(QHttpServerResponder &&responder)
    : m_responder(std::move(responder))
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
      ,
      m_socket(m_responder.socket())
#endif
{
}

void SimDeferredResponder::send(const SimResponse &response)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
#endif
    sendSimResponse(m_responder, response);
}

} // namespace callboard::sim
