#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <deque>
#include <functional>
#include <utility>

// A small HTTP/1.1 server on 127.0.0.1 (an ephemeral port) for tests. Each request is answered
// from a script of responses, one per request, or, when the script is empty, by a handler; every
// request is recorded. Faults are part of a response: slow chunks, a stream that stalls, a
// connection dropped half-way. Raw sockets rather than QHttpServer, whose handlers answer in one
// piece: streams need their bytes to arrive over time.
class FakeHttpServer : public QObject {
    Q_OBJECT
public:
    struct Response {
        int status = 200;
        QByteArray contentType = "application/json";
        QList<QByteArray> chunks; // written one after another
        int delayMs = 0;          // before each chunk
        // Faults, after this many chunks (-1: none): silence with the connection left open, or the
        // connection closed. Content-Length counts every chunk, so the client sees a short body.
        int stallAfterChunks = -1;
        int dropAfterChunks = -1;
        QList<std::pair<QByteArray, QByteArray>> headers = {}; // more header lines, e.g. Location
        bool unanswered = false; // nothing is written, not even the status line: a server that hung
    };
    struct Request {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;

        QJsonObject json() const; // the body as a JSON object; empty when it is none
    };
    using Handler = std::function<Response(const Request &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);

    QUrl url() const; // http://127.0.0.1:<port>
    void enqueue(const Response &response);
    void setHandler(Handler handler); // answers once the script has run out
    const QList<Request> &requests() const { return m_requests; }

private:
    void onConnection();
    void serve(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    std::deque<Response> m_script;
    Handler m_handler;
    QList<Request> m_requests;
};
