#pragma once

#include "generators/generator_settings.h"
#include "generators/ticket_generator.h"

#include <QObject>

#include <functional>
#include <memory>

namespace docket {

using GeneratorProvider =
    std::function<Result<std::unique_ptr<TicketGenerator>>(const GeneratorSettings &settings)>;

// Runs one generation at a time for the window: creates the chosen generator, relays its
// progress, and hands back the drafts. The generator does its work off the UI thread.
class GenerationController : public QObject {
    Q_OBJECT
public:
    explicit GenerationController(QObject *parent = nullptr);
    ~GenerationController() override;

    void setGeneratorProvider(GeneratorProvider provider);
    bool isRunning() const { return m_generator != nullptr; }
    void start(const GeneratorSettings &settings, const GenerationRequest &request);
    void cancel();

signals:
    void started(const QString &generatorId);
    void progressChanged(int percent, const QString &message);
    void finished(const docket::DraftSet &drafts, const QString &documentId, const QString &generatorId);
    void failed(const QString &message);

private:
    void release();

    GeneratorProvider m_provider;
    std::unique_ptr<TicketGenerator> m_generator;
    QString m_documentId;
};

} // namespace docket
