"""The health of every mandatory camera of every EPE (issue #13): probes, the monitor that runs
them, the state changes it stores, and the policy that opens interruptions from them."""
