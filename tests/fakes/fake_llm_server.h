#pragma once

#include "fake_http_server.h"

#include <QString>

#include <deque>

// A model server for tests: answers Ollama's /api/chat (NDJSON lines) and OpenAI's
// /chat/completions (server-sent events, with or without the /v1 in front), streamed or in one
// piece as the request asks, each request from the next scripted answer. Faults are part of an
// answer. Requests are recorded so tests can check what was sent.
class FakeLlmServer : public QObject {
    Q_OBJECT
public:
    struct Answer {
        QString content;                               // what the model says: JSON, prose, <think>, fences
        QString finishReason = QStringLiteral("stop"); // "length": cut off at the output limit
        int pieces = 3;                                // the content is streamed in this many pieces
        int delayMs = 0;                               // before each piece
        bool stall = false;        // after the first piece: silence, the connection left open
        bool drop = false;         // after the first piece: the connection closes mid-stream
        bool ignoreStream = false; // one JSON body even though the request asked for a stream
        int promptTokens = 120;
        int completionTokens = 80;
        int httpStatus = 200; // another status sends errorBody instead of an answer
        QByteArray errorBody;
    };
    static Answer httpError(int status, const QByteArray &body);

    explicit FakeLlmServer(QObject *parent = nullptr);

    QUrl url() const; // http://127.0.0.1:<port>, without /v1
    void enqueue(const Answer &answer);
    void enqueue(const QString &content); // a good streamed answer with this content
    const QList<FakeHttpServer::Request> &requests() const { return m_http.requests(); }
    QString userPrompt(qsizetype index) const; // the user message of request number index

private:
    FakeHttpServer::Response respond(const FakeHttpServer::Request &request);

    FakeHttpServer m_http;
    std::deque<Answer> m_answers;
};
