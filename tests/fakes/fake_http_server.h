#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <deque>

// A small HTTP/1.1 server on 127.0.0.1 for tests: it answers from a script of responses, one per
// request, and records every request. Faults are part of the script: slow chunks, a stream that
// stalls, a connection dropped half-way.
class FakeHttpServer : public QObject {
    Q_OBJECT
public:
    struct Response {
        int status = 200;
        QByteArray contentType = "application/json";
        QList<QByteArray> chunks;      // written one after another
        int delayMs = 0;               // before each chunk
        bool stallAfterChunks = false; // keep the connection open and silent after the chunks
        bool dropAfterFirstChunk = false;
    };
    struct Request {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    explicit FakeHttpServer(QObject *parent = nullptr);

    QUrl url() const; // http://127.0.0.1:<port>
    void enqueue(const Response &response);
    const QList<Request> &requests() const { return m_requests; }

private:
    void onConnection();
    void serve(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    std::deque<Response> m_script;
    QList<Request> m_requests;
};
