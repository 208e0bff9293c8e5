/**
 * The {@code ReadyService} component and its spec, and the building blocks it is made of.
 *
 * <ul>
 *   <li>A new product: {@link dev.readyservice.component.ReadyService} with
 *       {@link dev.readyservice.component.ReadyServiceArgs} creates the Azure footprint and its readiness.</li>
 *   <li>A program that already has its compute and data: the same component with
 *       {@link dev.readyservice.component.ExistingCompute} per component (a web app or function app and
 *       its plan, or a container app) and
 *       {@link dev.readyservice.component.ExistingData} adds only the readiness layer.</li>
 *   <li>Part of the readiness layer alone: the building blocks
 *       {@link dev.readyservice.component.Monitoring} ({@code readiness:index:Monitoring}),
 *       {@link dev.readyservice.component.Paging} ({@code readiness:index:Paging}) and
 *       {@link dev.readyservice.component.Backups} ({@code readiness:index:Backups}).</li>
 * </ul>
 *
 * <p>Specs are checked when a component is constructed; every problem is listed in one
 * {@link dev.readyservice.component.InvalidSpecException}. See {@code docs/evidence.md}, "Two ways to be ready".
 */
package dev.readyservice.component;
