import ArgumentParser
import Courant
import Foundation

CourantCommand.main()
