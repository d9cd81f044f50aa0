#pragma once

#include "fake_http_server.h"

#include <QString>

#include <optional>

// The TaskForge service of seed 001 for tests, with state: jobs made by POST /tickets/v1/jobs (one
// per idempotency key: a repeated submit gets the job it already made), a status that moves from
// queued through running to succeeded (or failed) over a number of polls, the result, cancel
// (DELETE) and the list. Every request needs "Authorization: Bearer <apiKey>". Faults: the next
// request answered with a service error, or processed but its connection dropped before the answer.
class FakeTaskForgeServer : public QObject {
    Q_OBJECT
public:
    explicit FakeTaskForgeServer(QString apiKey, QObject *parent = nullptr);

    QUrl url() const; // http://127.0.0.1:<port>
    const QList<FakeHttpServer::Request> &requests() const { return m_http.requests(); }

    void setPollsUntilDone(int polls);         // status reads before a job ends; 2 by default
    void setResult(const QJsonObject &result); // what every job produces; sampleResult() by default
    void setJobFailure(const QString &code, const QString &message); // jobs end "failed" instead
    void failNextRequest(int status, const QString &code, const QString &message);
    void dropNextReply();

    int jobCount() const { return int(m_jobs.size()); }
    QString jobStatus(const QString &jobId) const;
    QString lastJobId() const { return m_jobs.isEmpty() ? QString() : m_jobs.last().id; }

    static QJsonObject
    sampleResult(); // tickets.result.v1 with two tickets, the second depending on the first

private:
    struct Job {
        QString id;
        QString idempotencyKey;
        QString title;
        QString status;
        int polls = 0;
    };
    struct ServiceError {
        int status;
        QString code;
        QString message;
    };

    FakeHttpServer::Response respond(const FakeHttpServer::Request &request);
    FakeHttpServer::Response route(const FakeHttpServer::Request &request);
    FakeHttpServer::Response submit(const FakeHttpServer::Request &request);
    Job *find(const QString &jobId);
    QJsonObject jobJson(const Job &job) const;

    FakeHttpServer m_http;
    QString m_apiKey;
    int m_pollsUntilDone = 2;
    QJsonObject m_result = sampleResult();
    std::optional<ServiceError> m_jobFailure;
    std::optional<ServiceError> m_nextError;
    bool m_dropNextReply = false;
    QList<Job> m_jobs;
};
