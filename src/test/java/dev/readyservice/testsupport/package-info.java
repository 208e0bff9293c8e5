/**
 * Test helpers shared by the tests of several packages (recording Pulumi mocks, test clocks,
 * in-process {@code prr} runs), so that each lives in one place. Test code only; not API.
 */
package dev.readyservice.testsupport;
