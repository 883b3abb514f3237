package org.dyad.app.serve;

/** A request the API refuses: the HTTP status and a message that names the parameter and the bad value. */
final class ApiError extends RuntimeException {
  private final int status;

  private ApiError(int status, String message) {
    super(message);
    this.status = status;
  }

  /** HTTP 400: a bad or unknown parameter. */
  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  /** HTTP 404: nothing stored under that name. */
  static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  /** The HTTP status to answer with. */
  int status() {
    return status;
  }
}
