// Generated seal impressions of known size at known resolution for the image and certificate
// tests: the generator of the demo data (server/seal_registration/generatedseal.h) under the tests'
// names.
#pragma once

#include "server/seal_registration/generatedseal.h"

namespace kikan::test {

using GeneratedSeal = seal_registration::GeneratedSeal;

inline QImage sealScan(const GeneratedSeal &g) { return seal_registration::generatedScan(g); }

inline QByteArray encoded(const QImage &image, const char *format = "PNG")
{
    return seal_registration::encodedImage(image, format);
}

} // namespace kikan::test
