#pragma once

#include "common/result.h"
#include "generators/generator_settings.h"
#include "generators/ticket_generator.h"

#include <memory>

class QNetworkAccessManager;

namespace docket {

// The one place that knows every generator backend and wires its network access.
class GeneratorFactory {
public:
    explicit GeneratorFactory(QNetworkAccessManager *network);

    Result<std::unique_ptr<TicketGenerator>> create(const GeneratorSettings &settings) const;

private:
    QNetworkAccessManager *m_network;
};

// Runs a generator to the end on the calling thread's event loop (the CLI's way).
Result<DraftSet> runToCompletion(TicketGenerator &generator, const GenerationRequest &request);

} // namespace docket
