#pragma once

#include "generators/generator_settings.h"
#include "generators/ticket_generator.h"
#include "taskforge_client.h"

#include <QElapsedTimer>
#include <QTimer>

namespace docket {

struct TaskForgeOptions {
    int pollIntervalMs = 2000;
    int jobTimeoutSeconds = 1800; // jobs take minutes (seed 001 shows one of six and a half)
    int retryDelayMs = 1000;      // before a request that failed on the way is sent again
};

// Generation by the TaskForge service: submit once (a stable idempotency key makes a retried
// submit find the same job), poll until the job ends, fetch its tickets.result.v1 and repair it
// to the draft rules. settings.timeoutSeconds bounds each request; cancel() also cancels the job
// on the service.
class TaskForgeGenerator : public TicketGenerator {
    Q_OBJECT
public:
    TaskForgeGenerator(QNetworkAccessManager *network, GeneratorSettings settings,
                       TaskForgeOptions options = {}, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("taskforge"); }
    void start(const GenerationRequest &request) override;
    void cancel() override;

    QString jobId() const { return m_job.jobId; }
    // The job input for a request: the blocks as Markdown-ish text, the options, and the
    // idempotency key derived from the document id, the text and the options.
    static TaskForgeInput inputFor(const GenerationRequest &request);

private:
    void submit();
    void poll();
    void fetchResult();
    void fail(const QString &message);

    GeneratorSettings m_settings;
    TaskForgeOptions m_options;
    TaskForgeClient m_client;
    GenerationRequest m_request;
    TaskForgeJob m_job;
    QTimer m_pollTimer;
    QElapsedTimer m_clock;
    bool m_done = true;
};

} // namespace docket
