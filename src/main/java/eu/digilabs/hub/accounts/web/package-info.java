/** The pages of accounts: sign-in and sign-up, profile and tokens, privacy, administration. */
@NullMarked
package eu.digilabs.hub.accounts.web;

import org.jspecify.annotations.NullMarked;
