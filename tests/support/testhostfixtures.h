// kikan-test-host's "fixture" op: test data that only server code writes, named as the area test
// kits name it for the client-only build (KIKAN_REMOTE_TEST_SERVER):
//   {"op":"fixture","id":…,"name":"noticeRegister","taxpayers":400}      (mass_printing/noticeregister.h)
//   {"op":"fixture","id":…,"name":"assessment",…TestAssessment} → {"id":…} (revenue/assessmentfixture.h)
#pragma once

#include "testserver.h"

#include <QJsonObject>

namespace kikan::test {

// Throws std::runtime_error for an unknown name.
QJsonObject runFixture(TestServer &server, const QJsonObject &request);

} // namespace kikan::test
