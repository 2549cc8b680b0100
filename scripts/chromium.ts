/**
 * How every tool here launches Chromium: Debian's build (or $CHROMIUM_PATH), never a downloaded
 * one, with the background networking this machine's closed network refuses turned off.
 */
export const chromiumLaunchOptions = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
};
