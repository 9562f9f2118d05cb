package org.creditgov.spring;

import org.creditgov.testkit.LoggingPolicySuite;
import org.junit.jupiter.api.Order;

/**
 * The logging policy (README, "Logging") over every line this module's tests logged: no personal
 * data, never ERROR. Runs after every other test class of the module.
 */
@Order(Integer.MAX_VALUE)
class LoggingPolicyTest extends LoggingPolicySuite {}
